import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { UserView } from '../users/user.types.js';

@InputType()
export class LoginInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(1024)
  password!: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String) token!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => UserView) user!: UserView;
}
