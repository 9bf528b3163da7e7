/** package.json "version", injected by webpack's DefinePlugin (see webpack.config.js). */
declare const __APP_VERSION__: string;
