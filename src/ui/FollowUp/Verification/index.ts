export { Verification } from './Verification';
export type { VerificationProps } from './Verification';
