/** The file is not JSON; the message says where, as a byte offset into the file. */
export class JsonSyntaxError extends Error {}

/**
 * Thrown where reading in parts would not give what JSON.parse gives, or could not go on (a
 * key repeated where parts are read, lists read in place nested too deep): the caller parses
 * the file whole instead.
 */
export class ReadWhole extends Error {}
