/**
 * `@org/party-cli`: the `party` command as a function, for scripts and tests.
 *
 * @packageDocumentation
 */
export { EXIT, exitCodeFor } from './exitCodes';
export { detectLang, type Lang } from './i18n';
export { type CliIo, type OutputStream, processIo, useColor } from './io';
export { type RunCliOptions, runCli } from './program';
