/** Names of the data files a folder may hold (the formats readRawFile reads). */
export const DATA_FILE = /\.(csv|tsv|xlsx|json|arrow|feather|parquet)$/i;
