export { SignInPage } from './SignInPage';
export { useSession } from './useSession';
export { useSignOut } from './useSignOut';
export { useViewer } from './useViewer';
