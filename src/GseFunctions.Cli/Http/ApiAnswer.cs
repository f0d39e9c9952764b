using System.Net;
using System.Text.Json;

namespace GseFunctions.Cli.Http;

/// <summary>A successful answer of the API: its status and its JSON body (an empty object for 204).</summary>
internal sealed record ApiAnswer(HttpStatusCode Status, JsonElement Body);
