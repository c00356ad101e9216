export declare const FRANC_TRIGRAMS: number;
export declare function francDataModule(data: Record<string, Record<string, string>>): string;
export declare function isFrancData(id: string): boolean;
