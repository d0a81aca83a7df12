// Imported first by the worker (app/worker.ts), before any module that computes with Math: makes
// Math.exp and Math.log compute as the CLI's Node does (util/fdlibm.ts), so the app's results.json
// is the CLI's to the byte in a browser whose libm rounds differently.
import { fdlibmExp, fdlibmLog } from "../util/fdlibm.js";

Math.exp = fdlibmExp;
Math.log = fdlibmLog;
