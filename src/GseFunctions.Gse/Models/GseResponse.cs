namespace GseFunctions.Gse.Models;

/// <summary>Base of every action's response: the fields inside the envelope's <c>Response</c> object.</summary>
public abstract record GseResponse
{
    /// <summary>Unique id of the request, returned with every response (success or error).</summary>
    public string? RequestId { get; init; }
}
