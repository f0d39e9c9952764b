using System.Text.Json;
using GseFunctions.Api.Json;
using GseFunctions.Api.Problems;

namespace GseFunctions.SelfHost.DurableHttpApi;

/// <summary>
/// Reads a raised event's payload: any JSON value (object, array, string, number, …) sent as
/// <c>application/json</c>, as the Durable extension takes it (other media types and malformed JSON are a 400); an
/// empty body is an event without payload. At most <see cref="ApiJson.MaxBodyBytes"/> (else 413).
/// </summary>
internal static class EventPayloadReader
{
    public static async Task<JsonElement?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > ApiJson.MaxBodyBytes)
        {
            throw ApiProblemException.PayloadTooLarge(ApiJson.MaxBodyBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > ApiJson.MaxBodyBytes)
            {
                throw ApiProblemException.PayloadTooLarge(ApiJson.MaxBodyBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return null;
        }

        if (!IsJson(request.ContentType))
        {
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "Bad Request", "The event payload must be sent as application/json.");
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw ApiProblemException.Validation("$", "Malformed JSON.");
        }
    }

    private static bool IsJson(string? contentType)
    {
        var mediaType = (contentType ?? string.Empty).Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }
}
