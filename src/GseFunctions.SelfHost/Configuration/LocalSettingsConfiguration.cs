using System.Text.Json;

namespace GseFunctions.SelfHost.Configuration;

/// <summary>
/// Reads <c>local.settings.json</c> the way Azure Functions Core Tools does: every <c>Values</c> entry becomes a
/// setting (<c>Gse__Endpoint</c> and <c>Gse:Endpoint</c> both mean <c>Gse:Endpoint</c>), and <c>Host:LocalHttpPort</c>
/// is the default port. It sits above host.json and appsettings and below environment variables and the command line,
/// so a variable set in the shell wins, as with <c>func start</c>.
/// </summary>
internal static class LocalSettingsConfiguration
{
    /// <summary>Configuration key naming the file; default <c>local.settings.json</c> in the working directory, then the content root.</summary>
    public const string PathKey = "LocalSettingsPath";

    public static void Add(WebApplicationBuilder builder, string[] args)
    {
        var configured = builder.Configuration[PathKey];
        var path = configured is { Length: > 0 }
            ? Path.GetFullPath(configured)
            : new[] { Path.GetFullPath("local.settings.json"), Path.Combine(builder.Environment.ContentRootPath, "local.settings.json") }.FirstOrDefault(File.Exists);
        if (path is null)
        {
            return;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{PathKey} names '{path}', which does not exist.");
        }

        builder.Configuration.AddInMemoryCollection(Read(path));
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
    }

    internal static Dictionary<string, string?> Read(string path)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"'{path}' is not valid JSON (line {e.LineNumber + 1}).", e);
        }

        using (document)
        {
            if (document.RootElement.TryGetProperty("Values", out var values) && values.ValueKind == JsonValueKind.Object)
            {
                foreach (var value in values.EnumerateObject())
                {
                    settings[value.Name.Replace("__", ":", StringComparison.Ordinal)] = value.Value.ValueKind == JsonValueKind.String ? value.Value.GetString() : value.Value.GetRawText();
                }
            }

            if (document.RootElement.TryGetProperty("Host", out var host) && host.ValueKind == JsonValueKind.Object
                && host.TryGetProperty("LocalHttpPort", out var port) && port.ValueKind == JsonValueKind.Number)
            {
                settings[SelfHostUrls.PortKey] = port.GetRawText();
            }
        }

        return settings;
    }
}
