# The Cloudsword API, serving the built web app on port 4000. docker-compose.yml runs it next to
# PostgreSQL and Neo4j; on start it migrates, seeds and then serves.
# The full node image (not -slim) keeps python3/make/g++ at hand in case a native module
# (argon2) has no prebuilt binary for the platform.
FROM node:22-bookworm

WORKDIR /app

# The whole tree is copied before installing because npm workspaces need every workspace's
# package.json; .dockerignore keeps node_modules, build output and local data out.
COPY . .
RUN npm install --no-audit --no-fund \
 && npm run build \
 && npm cache clean --force

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
EXPOSE 4000

# Not root at run time.
RUN mkdir -p /app/.data/uploads && chown -R node:node /app
USER node

CMD ["sh", "-c", "npm run db:migrate && npm run seed && npm run start:api"]
