import { terminalJson } from '../changelog/text.js';
export function printJson(io, value) {
    io.stdout.write(`${terminalJson(value)}\n`);
}
