import { InputError } from '../errors.js';
/**
 * Branch names git refuses (git check-ref-format), checked before any request so a typo
 * fails fast with a reason instead of a 404 or 422 from GitHub.
 */
export function checkBranchName(branch, input = 'branch') {
    const fail = (why) => {
        throw new InputError(input, `"${branch}" is not a valid branch name: ${why}.`);
    };
    if (branch === '')
        fail('it is empty');
    if (branch.startsWith('refs/'))
        fail('give the branch name without the "refs/heads/" prefix');
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(branch))
        fail('it contains a space, a control character or one of ~ ^ : ? * [ \\');
    if (branch.includes('..'))
        fail('it contains ".."');
    if (branch.includes('@{') || branch === '@')
        fail('it contains "@{" or is "@"');
    if (branch.startsWith('-'))
        fail('it starts with "-"');
    if (branch.startsWith('/') || branch.endsWith('/') || branch.includes('//'))
        fail('it has an empty part between slashes');
    if (branch.endsWith('.'))
        fail('it ends with "."');
    for (const part of branch.split('/')) {
        if (part.startsWith('.'))
            fail(`the part "${part}" starts with "."`);
        if (part.endsWith('.lock'))
            fail(`the part "${part}" ends with ".lock"`);
    }
    return branch;
}
/** Parses `owner/name`, refusing anything GitHub would not accept as a repository. */
export function parseRepository(value, input = 'repository') {
    const trimmed = value.trim();
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(trimmed);
    if (!match || match[2] === '.' || match[2] === '..') {
        throw new InputError(input, `"${value}" is not of the form owner/name (for example octo-org/api-backups).`);
    }
    return { owner: match[1], repo: match[2] };
}
/** Link to a file on a branch in GitHub's web UI. */
export function blobUrl(htmlUrl, branch, path) {
    const encode = (p) => p.split('/').map(encodeURIComponent).join('/');
    return `${htmlUrl}/blob/${encode(branch)}/${encode(path)}`;
}
