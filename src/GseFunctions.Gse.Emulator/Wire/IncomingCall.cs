using System.Text.Json.Nodes;
using GseFunctions.Gse.Emulator.Authentication;

namespace GseFunctions.Gse.Emulator.Wire;

/// <summary>An authenticated call: who sent it, which action, and its parameters as a JSON object.</summary>
internal sealed record IncomingCall(SignatureStyle Style, string SecretId, string Action, string Region, JsonObject Parameters);
