namespace GseFunctions.Rollouts.Starting;

/// <summary>
/// Collects validation messages per field (camelCase JSON path), in the shape problem details use and
/// <see cref="RolloutValidationException.Errors"/> carries: the rollout and schedule validators fill one, and so do the
/// HTTP handlers for their own fields, so every refusal names its fields the same way.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="message"/> to <paramref name="field"/>'s messages (a field may have several).</summary>
    /// <param name="field">The field's camelCase JSON path, e.g. <c>options.drainTimeout</c>; <c>$</c> for the whole body.</param>
    /// <param name="message">What is wrong, for a person to read.</param>
    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>Whether <paramref name="field"/> already has a message (so a later check can skip a field already refused).</summary>
    /// <param name="field">The field's camelCase JSON path.</param>
    /// <returns>True when the field has at least one message.</returns>
    public bool ContainsKey(string field) => _errors.ContainsKey(field);

    /// <summary>A copy of the messages, field to messages in the order added; empty when nothing was refused.</summary>
    /// <returns>Field (camelCase JSON path) to messages.</returns>
    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
