// The one way tests start the local Postman and GitHub servers (test-servers/servers.ts, shared with the
// fault suite and the scripts), and what the runner shows of a run. Not a test itself.
export { startServers, type Servers, type ServersOptions } from '../../test-servers/servers.js'
export { runnerLog, visibleOutput } from '../../test-servers/actions-runner.js'
