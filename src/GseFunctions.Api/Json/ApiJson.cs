using System.Text.Json;
using System.Text.Json.Serialization;
using GseFunctions.Api.Problems;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Json;

/// <summary>
/// The API's JSON: camelCase, enums as strings, and strict reading — a field the body type does not declare or names
/// twice, a wrong type, an enum that is not exactly one of its names, trailing content or a body over
/// <see cref="MaxBodyBytes"/> is refused before any handler acts.
/// </summary>
public static class ApiJson
{
    /// <summary>The largest request body any route accepts: 64 KiB.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Options for request and response bodies.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Reads the request body as <typeparamref name="T"/>. Throws <see cref="ApiProblemException"/> (400 for a missing,
    /// malformed or mistyped body, an unknown or duplicate field, with the JSON path of the error; 413 over <see cref="MaxBodyBytes"/>;
    /// 415 for a content type other than JSON).
    /// </summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The body.</returns>
    public static async Task<T> ReadBodyAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBodyBytes)
        {
            throw ApiProblemException.PayloadTooLarge(MaxBodyBytes);
        }

        if (request.ContentType is { Length: > 0 } contentType && !IsJson(contentType))
        {
            throw new ApiProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", $"The body must be JSON (application/json), not '{contentType}'.");
        }

        var body = await ReadLimitedAsync(request.Body, cancellationToken).ConfigureAwait(false);
        if (body.Length == 0)
        {
            throw ApiProblemException.Validation("$", "A JSON body is required.");
        }

        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(body, Options);
        }
        catch (JsonException e)
        {
            throw ApiProblemException.Validation(string.IsNullOrEmpty(e.Path) ? "$" : e.Path, Describe(e));
        }

        return value ?? throw ApiProblemException.Validation("$", "The body must be a JSON object, not null.");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = 32,

            // A field named twice, at any depth, is refused rather than the last one winning. The check goes by the
            // property a name binds to, so with the web defaults' case-insensitive names "AliasId" repeats "aliasId".
            AllowDuplicateProperties = false,

            // The web defaults read "4" as 4; a number field takes a JSON number only.
            NumberHandling = JsonNumberHandling.Strict,
        };

        // Before any enum's own [JsonConverter]: an enum in a body is exactly one of its names (no "A, B" combinations).
        options.Converters.Add(new StrictEnumConverterFactory());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw ApiProblemException.PayloadTooLarge(MaxBodyBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // The serializer's messages name .NET types; say what is wrong in JSON terms, without echoing the input.
    private static string Describe(JsonException e)
    {
        if (e is JsonFieldException)
        {
            return e.Message;
        }

        var message = e.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return "Unknown field.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return "The value has the wrong type or format.";
        }

        if (message.Contains("Duplicate propert", StringComparison.Ordinal))
        {
            return "Duplicate field.";
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            return "Required fields are missing.";
        }

        return "Malformed JSON.";
    }
}
