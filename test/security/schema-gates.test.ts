import 'reflect-metadata';
import { Query, Resolver } from 'type-graphql';
import { getMetadataStorage } from 'type-graphql';
import { buildAppSchema, RESOLVERS } from '../../api/src/schema';
import { ungatedFields } from '../../api/src/auth/authorization';
import { Gate } from '../../api/src/auth/gates';

// A resolver a careless change might add: a root field with no authorization decision.
@Resolver()
class CarelessResolver {
  @Query(() => String)
  secretThing(): string {
    return 'leak';
  }
}

describe('every field goes through the authorization module', () => {
  it('the shipped schema builds and every root field and field resolver declares exactly one known gate', async () => {
    await expect(buildAppSchema()).resolves.toBeDefined();
    expect(ungatedFields(RESOLVERS)).toEqual([]);

    const storage = getMetadataStorage();
    const rootFields = [...storage.queries, ...storage.mutations, ...storage.fieldResolvers].filter((r) =>
      (RESOLVERS as readonly Function[]).includes(r.target),
    );
    expect(rootFields.length).toBeGreaterThan(0);
    for (const field of rootFields) {
      const gates = storage.authorizedFields
        .filter((a) => a.target === field.target && a.fieldName === field.methodName)
        .map((a) => a.roles);
      const name = `${field.target.name}.${field.methodName}`;
      expect({ name, count: gates.length, roles: gates[0]?.length }).toEqual({ name, count: 1, roles: 1 });
      expect(Object.values(Gate)).toContain(gates[0][0]);
    }
  });

  it('refuses to build a schema with a resolver that has no gate, naming the field', async () => {
    expect(ungatedFields([...RESOLVERS, CarelessResolver])).toEqual(['CarelessResolver.secretThing']);
    await expect(buildAppSchema([...RESOLVERS, CarelessResolver])).rejects.toThrow(
      /no @Allow gate: CarelessResolver\.secretThing/,
    );
  });
});
