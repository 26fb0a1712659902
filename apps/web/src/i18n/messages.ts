/** The shape of a language's texts: same keys as the Vietnamese original, any string values. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
