using System.Globalization;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Starting;
using Microsoft.AspNetCore.Http;

namespace GseFunctions.Api.Json;

/// <summary>
/// Reads query parameters strictly: a value that does not parse or is out of range is a field error named after the
/// parameter. Public for the hosts' own routes (the self-host's Durable HTTP API), which read their queries the same way.
/// </summary>
public static class ApiQuery
{
    /// <summary>
    /// A text parameter, or null when it is absent or refused (given twice, blank, or longer than <paramref name="maxLength"/>:
    /// a field error each).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The parameter, also the field the errors name.</param>
    /// <param name="errors">Where a refusal is added.</param>
    /// <param name="maxLength">The longest value accepted. Default 1024.</param>
    /// <returns>The value, or null.</returns>
    public static string? String(HttpRequest request, string name, FieldErrors errors, int maxLength = 1024)
    {
        var values = request.Query[name];
        if (values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            errors.Add(name, "Give this parameter once.");
            return null;
        }

        var value = values[0];
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(name, "Must not be empty.");
            return null;
        }

        if (value.Length > maxLength)
        {
            errors.Add(name, $"At most {maxLength} characters.");
            return null;
        }

        return value;
    }

    /// <summary>An id parameter (<see cref="GseInput.IsId"/>), or null when it is absent or refused.</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The parameter, also the field the errors name.</param>
    /// <param name="errors">Where a refusal is added.</param>
    /// <returns>The id, or null.</returns>
    public static string? Id(HttpRequest request, string name, FieldErrors errors)
    {
        var value = String(request, name, errors, maxLength: GseInput.MaxIdLength);
        if (value is not null && !GseInput.IsId(value))
        {
            errors.Add(name, GseInput.IdRule);
            return null;
        }

        return value;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or null when it is absent or refused.</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The parameter, also the field the errors name.</param>
    /// <param name="min">The smallest value accepted.</param>
    /// <param name="max">The largest value accepted.</param>
    /// <param name="errors">Where a refusal is added.</param>
    /// <returns>The number, or null.</returns>
    public static int? Int(HttpRequest request, string name, int min, int max, FieldErrors errors)
    {
        var text = String(request, name, errors);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add(name, $"Must be a whole number from {min} to {max}.");
            return null;
        }

        return value;
    }

    /// <summary>An ISO 8601 time (UTC when it names no offset), or null when it is absent or refused.</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The parameter, also the field the errors name.</param>
    /// <param name="errors">Where a refusal is added.</param>
    /// <returns>The time, or null.</returns>
    public static DateTimeOffset? Time(HttpRequest request, string name, FieldErrors errors)
    {
        var text = String(request, name, errors);
        if (text is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            errors.Add(name, "Must be an ISO 8601 time, e.g. 2026-11-29T10:00:00Z.");
            return null;
        }

        return value;
    }
}
