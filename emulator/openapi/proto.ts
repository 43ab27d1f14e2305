import protobuf from 'protobufjs';

// The part of wx-server-sdk's openapi schema (docs/cloudbase-protocol.md §5.1) that
// `cloud.openapi.*` uses: field numbers are the SDK's; messages for svrkit and token calls are
// left out.
const SCHEMA = `
syntax = "proto3";
message KeyValuePair { string key = 1; bytes value = 2; string contenttype = 3; string filename = 4; }
message OpenApiData { repeated KeyValuePair pairs = 1; }
message CommApiData {
  enum ApiType { OPEN_API = 0; INNER_API = 1; SVRKIT_API = 2; TOKEN_API = 3; }
  ApiType apiType = 1;
  OpenApiData openapiData = 2;
  string appid = 6;
}
message HttpHeader { string key = 1; string value = 2; }
message CommOpenApiResp {
  bytes respData = 1; string contentType = 2; int32 errorCode = 3; uint32 httpCode = 4;
  repeated HttpHeader headers = 5; int32 svrkitErrorCode = 6;
}
`;

const root = protobuf.parse(SCHEMA, { keepCase: true }).root;
const CommApiData = root.lookupType('CommApiData');
const CommOpenApiResp = root.lookupType('CommOpenApiResp');

interface DecodedCommApiData {
  openapiData?: { pairs?: { key: string; value: Uint8Array; filename?: string }[] };
}

/**
 * The parameters of one openapi call (§5.2): each pair's value is the JSON text of one top-level
 * field, or the raw bytes of a media field (those carry a filename). Throws on bytes that are
 * not a CommApiData or a value that is not JSON.
 */
export function decodeOpenApiParams(requestData: Buffer): Record<string, unknown> {
  const message = CommApiData.toObject(CommApiData.decode(requestData)) as DecodedCommApiData;
  const params: Record<string, unknown> = {};
  for (const { key, value, filename } of message.openapiData?.pairs ?? []) {
    const bytes = Buffer.from(value);
    params[key] = filename ? bytes : JSON.parse(bytes.toString('utf8'));
  }
  return params;
}

/** A WeChat JSON answer wrapped the way the SDK unwraps it (§5.3, step 5). */
export function encodeJsonResp(json: object): Buffer {
  const message = CommOpenApiResp.fromObject({
    respData: Buffer.from(JSON.stringify(json), 'utf8'),
    contentType: 'application/json; charset=UTF-8',
    httpCode: 200,
  });
  return Buffer.from(CommOpenApiResp.encode(message).finish());
}
