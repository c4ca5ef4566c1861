export declare function secretForms(secret: string): string[];
export declare function redactText(text: string, secrets: ReadonlyArray<string | undefined>): string;
