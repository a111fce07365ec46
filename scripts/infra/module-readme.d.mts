export const MODULES_DIR: string;
export const START: string;
export const END: string;
export function renderModuleDocs(dir: string): Promise<string>;
export function replaceTables(readme: string, tables: string): string;
export function moduleDirs(): string[];
