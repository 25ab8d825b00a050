import { graphql } from '../../generated';

export const signInMutation = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      user {
        id
        displayName
      }
    }
  }
`);

/** The signed-in user, read by the header and the home page (one request, shared in the cache). */
export const viewerQuery = graphql(`
  query Viewer {
    me {
      id
      email
      displayName
      roles
      lastLoginAt
      organisation {
        id
        name
        kind
        provinceCode
        cityCode
        regionName
      }
    }
  }
`);
