namespace GseFunctions.Gse.Models;

/// <summary>One GSE action: its name and its typed request and response.</summary>
/// <param name="Action">Action name, e.g. <c>CreateAlias</c>.</param>
/// <param name="RequestType">The request record type.</param>
/// <param name="ResponseType">The response record type.</param>
public sealed record GseActionInfo(string Action, Type RequestType, Type ResponseType);
