export async function runDict(_args: string[]): Promise<number> { throw new Error('dict commands are not available yet'); }
