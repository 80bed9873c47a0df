/**
 * Request-body conventions of the JSON endpoints: the limit the server starts with
 * (BODY_SIZE_LIMIT, default 25M, as adapter-node reads it) and a reader that answers 413 / 400
 * with a Chinese message instead of throwing. The reading itself is in ./limits.ts.
 */

import { bodyLimitOf } from './config';
import { readJson, type JsonBody } from './limits';

/** The body limit in bytes (BODY_SIZE_LIMIT, read in ./config.ts). */
export const bodyLimit = bodyLimitOf;

export type BodyResult = JsonBody;

/** Read a JSON body within the limit. `what` finishes the 413 message (e.g. 未保存 / 未处理). */
export async function readJsonBody(request: Request, what = '未处理', expect = '{…}'): Promise<BodyResult> {
	return readJson(request, what, expect);
}
