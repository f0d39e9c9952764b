// The seed walkthrough driven by the unmodified official Tencent Cloud Node.js SDK (tencentcloud-sdk-nodejs,
// version pinned in package.json) against the local GSE. Prints one JSON summary line on stdout; the xunit test
// GseFunctions.Gse.Emulator.Tests/Compatibility/OfficialNodeSdkTests asserts on it.
//
// Environment: GSE_ENDPOINT (host:port), GSE_SECRET_ID, GSE_SECRET_KEY, SIGN_METHOD (HmacSHA256 | HmacSHA1 |
// TC3-HMAC-SHA256; unset = the SDK's default).
"use strict";
const tencentcloud = require("tencentcloud-sdk-nodejs");

const GseClient = tencentcloud.gse.v20191112.Client;
const { Credential } = tencentcloud.common;
const ClientProfile = require("tencentcloud-sdk-nodejs/tencentcloud/common/profile/client_profile");
const HttpProfile = require("tencentcloud-sdk-nodejs/tencentcloud/common/profile/http_profile");

function client(secretId, secretKey) {
  const http = new HttpProfile("http://", process.env.GSE_ENDPOINT);
  http.reqTimeout = 15;
  const profile = new ClientProfile();
  profile.httpProfile = http;
  if (process.env.SIGN_METHOD) profile.signMethod = process.env.SIGN_METHOD;
  return new GseClient(new Credential(secretId, secretKey), "ap-shanghai", profile);
}

function call(c, action, req) {
  return new Promise((resolve, reject) => c[action](req, (err, resp) => (err ? reject(err) : resolve(resp))));
}

async function errorCode(c, action, req) {
  try {
    await call(c, action, req);
    return "none";
  } catch (e) {
    return e.code || `http:${e.httpCode || "?"}:${e.message}`;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitActive(c, fleetId) {
  for (let i = 0; i < 600; i++) {
    const r = await call(c, "DescribeFleetAttributes", { FleetIds: [fleetId] });
    const status = r.FleetAttributes[0].Status;
    if (status === "ACTIVE") return;
    if (status === "ERROR") throw new Error(`fleet ${fleetId} went to ERROR`);
    await sleep(100);
  }
  throw new Error(`fleet ${fleetId} did not become ACTIVE`);
}

async function main() {
  const c = client(process.env.GSE_SECRET_ID, process.env.GSE_SECRET_KEY);
  const asset = await call(c, "CreateAsset", {
    AssetName: "seed-asset", AssetVersion: "1.0", AssetRegion: "ap-shanghai", OperateSystem: "CentOS7.16",
    BucketKey: "seed-asset.zip", ImageId: "img-seed0001",
  });
  const fleetSpec = (name) => ({
    AssetId: asset.AssetId, Description: "seed", FleetType: "ON_DEMAND", InstanceType: "S5.LARGE8", Name: name,
    NewGameServerSessionProtectionPolicy: "NoProtection",
    InboundPermissions: [{ FromPort: 6000, ToPort: 6010, IpRange: "0.0.0.0/0", Protocol: "TCP" }],
    RuntimeConfiguration: {
      GameServerSessionActivationTimeoutSeconds: 300, MaxConcurrentGameServerSessionActivations: 10,
      ServerProcesses: [{ ConcurrentExecutions: 2, LaunchPath: "/local/game/server", Parameters: "-port 6000" }],
    },
  });
  const fleet1 = (await call(c, "CreateFleet", fleetSpec("fleet 1"))).FleetAttributes.FleetId;
  const fleet2 = (await call(c, "CreateFleet", fleetSpec("fleet 2"))).FleetAttributes.FleetId;
  await waitActive(c, fleet1);
  await waitActive(c, fleet2);

  const alias = (await call(c, "CreateAlias", {
    Name: "zero-downtime-update-test", RoutingStrategy: { Type: "SIMPLE", FleetId: fleet1 },
  })).Alias;
  const s1 = (await call(c, "CreateGameServerSession", { AliasId: alias.AliasId, MaximumPlayerSessionCount: 10 })).GameServerSession;
  await call(c, "UpdateAlias", { AliasId: alias.AliasId, RoutingStrategy: { Type: "SIMPLE", FleetId: fleet2 } });
  const s2 = (await call(c, "CreateGameServerSession", { AliasId: alias.AliasId, MaximumPlayerSessionCount: 10 })).GameServerSession;
  const resolved = (await call(c, "ResolveAlias", { AliasId: alias.AliasId })).FleetId;
  const fleet1Sessions = (await call(c, "DescribeGameServerSessions", { FleetId: fleet1 })).GameServerSessions;

  const bad = {
    wrongSecretId: await errorCode(client("AKIDDoesNotExist", process.env.GSE_SECRET_KEY), "DescribeAlias", { AliasId: alias.AliasId }),
    wrongSecretKey: await errorCode(client(process.env.GSE_SECRET_ID, "not-the-key"), "DescribeAlias", { AliasId: alias.AliasId }),
    missingParameter: await errorCode(c, "DescribeAlias", {}),
    unknownAlias: await errorCode(c, "DescribeAlias", { AliasId: "alias-doesnotexist-00000000" }),
  };

  console.log(JSON.stringify({
    signMethod: c.profile.signMethod,
    fleet1, fleet2, aliasId: alias.AliasId,
    session1Fleet: s1.FleetId, session2Fleet: s2.FleetId, resolved,
    fleet1SessionIds: fleet1Sessions.map((s) => s.GameServerSessionId),
    session1Id: s1.GameServerSessionId,
    errors: bad,
  }));
}

main().catch((e) => {
  console.error(`walkthrough failed: ${e.code || ""} ${e.message}`);
  process.exit(1);
});
