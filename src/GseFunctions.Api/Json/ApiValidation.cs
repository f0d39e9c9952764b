using GseFunctions.Api.Problems;
using GseFunctions.Gse.Models;
using GseFunctions.Rollouts.Starting;

namespace GseFunctions.Api.Json;

/// <summary>Field checks shared by the handlers (public for the hosts' own routes, such as the self-host's Durable HTTP API).</summary>
public static class ApiValidation
{
    /// <summary>Throws a 400 with every collected field error, if there is one.</summary>
    /// <param name="errors">The errors collected so far.</param>
    /// <exception cref="ApiProblemException">A 400 naming each field, when <paramref name="errors"/> has any.</exception>
    public static void ThrowIfAny(FieldErrors errors)
    {
        var all = errors.ToDictionary();
        if (all.Count > 0)
        {
            throw ApiProblemException.Validation(all);
        }
    }

    /// <summary>A resource id from the route or a body: 1–128 of letters, digits, '-', '_' and '.'.</summary>
    /// <param name="value">The text.</param>
    /// <returns>True for an id.</returns>
    public static bool IsId(string? value) => GseInput.IsId(value);

    /// <summary>Checks a route id, throwing a 400 that names the parameter.</summary>
    /// <param name="value">The route value.</param>
    /// <param name="name">The route parameter.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ApiProblemException">A 400 when <paramref name="value"/> is not an id.</exception>
    public static string RouteId(string? value, string name) =>
        IsId(value) ? value! : throw ApiProblemException.Validation(name, GseInput.IdRule);

    /// <summary>
    /// Checks a name-like text GSE stores and shows (<see cref="GseInput.NameProblem"/>): 1 to <paramref name="maxLength"/>
    /// characters, no control characters or unpaired surrogates, no leading or trailing white space. Null is not checked.
    /// </summary>
    /// <param name="errors">Where a refusal is added.</param>
    /// <param name="field">The field the error names.</param>
    /// <param name="value">The text.</param>
    /// <param name="maxLength">The longest text accepted.</param>
    /// <param name="asciiOnly">Whether only ASCII is accepted.</param>
    public static void Name(FieldErrors errors, string field, string? value, int maxLength, bool asciiOnly = false)
    {
        if (value is not null && GseInput.NameProblem(value, maxLength, asciiOnly) is { } problem)
        {
            errors.Add(field, problem);
        }
    }

    /// <summary>
    /// One key/value pair of a list (a tag, a game property): the key a name of 1 to <paramref name="maxKey"/> characters,
    /// the value empty or a name of up to <paramref name="maxValue"/> (GseInput's rule for names).
    /// </summary>
    /// <param name="errors">Where a refusal is added.</param>
    /// <param name="field">The field the errors name.</param>
    /// <param name="noun">What a pair is, for the message (e.g. <c>tag</c>).</param>
    /// <param name="key">The pair's key.</param>
    /// <param name="value">The pair's value.</param>
    /// <param name="maxKey">The longest key accepted.</param>
    /// <param name="maxValue">The longest value accepted.</param>
    public static void KeyValue(FieldErrors errors, string field, string noun, string? key, string? value, int maxKey, int maxValue)
    {
        if (key is null || value is null)
        {
            errors.Add(field, $"A {noun} needs a key of 1-{maxKey} characters and a value of up to {maxValue}.");
            return;
        }

        if (GseInput.NameProblem(key, maxKey) is { } keyProblem)
        {
            errors.Add(field, $"Key: {keyProblem}");
        }

        if (value.Length > 0 && GseInput.NameProblem(value, maxValue) is { } valueProblem)
        {
            errors.Add(field, $"Value: {valueProblem}");
        }
    }

    /// <summary>Checks a text's length is from <paramref name="min"/> to <paramref name="max"/>. Null is not checked.</summary>
    /// <param name="errors">Where a refusal is added.</param>
    /// <param name="field">The field the error names.</param>
    /// <param name="value">The text.</param>
    /// <param name="min">The shortest text accepted.</param>
    /// <param name="max">The longest text accepted.</param>
    public static void Length(FieldErrors errors, string field, string? value, int min, int max)
    {
        if (value is not null && (value.Length < min || value.Length > max))
        {
            errors.Add(field, min == max ? $"Must be {min} characters." : $"Must be {min}-{max} characters.");
        }
    }
}
