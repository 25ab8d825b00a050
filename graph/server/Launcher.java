// Starts a real Neo4j Community 5.26 server from the jars Maven resolved (see pom.xml), for
// development and tests on machines without Docker. scripts/neo4j.sh compiles and runs it.
//
// Configuration, each from an argument or else an environment variable:
//   --port <n>        NEO4J_BOLT_PORT    Bolt port on 127.0.0.1              (default 7687)
//   --data-dir <dir>  NEO4J_DATA_DIR     Neo4j home: data/ and logs/ below it (default .data/neo4j,
//                                        relative to the working directory, i.e. the repo root)
//   --pagecache <sz>  NEO4J_PAGECACHE    page cache size, e.g. 256m, 1g       (default 256m)
//   --tx-memory <sz>  NEO4J_TX_MEMORY    memory limit of one transaction      (default 512m)
//
// Auth is off and only Bolt listens, on loopback: this is a local projection that can be rebuilt
// from PostgreSQL at any time, not a shared server.

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class Launcher {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = parseArgs(args);
        int port = Integer.parseInt(option(flags, "port", "NEO4J_BOLT_PORT", "7687"));
        Path home = Path.of(option(flags, "data-dir", "NEO4J_DATA_DIR", ".data/neo4j")).toAbsolutePath();
        long pageCache = ByteUnit.parse(option(flags, "pagecache", "NEO4J_PAGECACHE", "256m"));
        long txMemory = ByteUnit.parse(option(flags, "tx-memory", "NEO4J_TX_MEMORY", "512m"));

        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // The box is offline and shared: no phoning home, and memory stays bounded.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMemory)
                // Bolt's event loop otherwise idles 5 s before it stops; the stores are already
                // checkpointed and closed by then, so skipping it only makes stop/restart faster.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        // Registered right after build() so a SIGTERM/SIGINT at any later point flushes and
        // closes the store; the latch keeps main() alive until then.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j: shutting down");
            dbms.shutdown();
            System.out.println("neo4j: stopped");
            stopped.countDown();
        }, "neo4j-shutdown"));

        // build() returns once the databases are started; check that Bolt really accepts
        // connections before announcing readiness, since callers wait for this line.
        awaitPort(HOST, port, 30_000);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("neo4j: ready bolt://%s:%d home=%s pid=%d in %d ms%n",
                HOST, port, home, ProcessHandle.current().pid(), millis);
        stopped.await();
    }

    private static void awaitPort(String host, int port, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 1000);
                return;
            } catch (IOException notYet) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("Bolt did not accept connections on " + host + ":" + port);
                }
                Thread.sleep(100);
            }
        }
    }

    /** Accepts "--name value" and "--name=value". */
    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                flags.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                flags.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("missing value for " + arg);
            }
        }
        return flags;
    }

    private static String option(Map<String, String> flags, String flag, String env, String fallback) {
        String value = flags.get(flag);
        if (value == null || value.isBlank()) value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value;
    }
}
