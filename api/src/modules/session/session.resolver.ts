import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Gate, requireViewer } from '../../auth/authorization.js';
import type { RequestContext } from '../../context.js';
import { UserView } from '../users/user.types.js';
import { LoginInput, LoginPayload } from './session.types.js';

@Resolver()
export class SessionResolver {
  @Allow(Gate.PUBLIC)
  @Mutation(() => LoginPayload, { description: 'Exchange email and password for a bearer token' })
  login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: RequestContext): Promise<LoginPayload> {
    return ctx.services.session.login(ctx.em, input.email, input.password, ctx.ip);
  }

  @Allow(Gate.SIGNED_IN)
  @Query(() => UserView, { description: 'The signed-in user' })
  me(@Ctx() ctx: RequestContext): Promise<UserView> {
    return ctx.services.users.me(ctx.em, requireViewer(ctx.viewer));
  }
}
