using System.Text.Json;
using System.Text.Json.Serialization;

namespace GseFunctions.Functions.Tests.Metadata;

/// <summary>One entry of the Functions build's <c>functions.metadata</c> (the fields the host reads to index functions).</summary>
internal sealed record FunctionMetadata(string Name, string EntryPoint, IReadOnlyList<BindingMetadata> Bindings)
{
    /// <summary>The copy of the Functions build's functions.metadata the test project's build places beside the tests.</summary>
    public const string FileName = "GseFunctions.Functions.metadata.json";

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The trigger bindings (direction In, type ending in "Trigger").</summary>
    public IReadOnlyList<BindingMetadata> Triggers =>
        Bindings.Where(b => b.Direction == "In" && b.Type.EndsWith("Trigger", StringComparison.Ordinal)).ToList();

    public static IReadOnlyList<FunctionMetadata> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        Assert.True(File.Exists(path), $"{path} is missing: the test project's build copies it from the Functions build output.");
        return JsonSerializer.Deserialize<List<FunctionMetadata>>(File.ReadAllText(path), Options)!;
    }
}

/// <summary>One binding of a function.</summary>
internal sealed record BindingMetadata(
    string Name,
    string Type,
    string Direction,
    string? AuthLevel,
    IReadOnlyList<string>? Methods,
    string? Route)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; init; }
}
