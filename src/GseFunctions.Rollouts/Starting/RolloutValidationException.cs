namespace GseFunctions.Rollouts.Starting;

/// <summary>A rollout or schedule request is invalid; <see cref="Errors"/> lists the problems per field.</summary>
public sealed class RolloutValidationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">Field name (camelCase JSON path) to messages.</param>
    public RolloutValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("The request is invalid: " + string.Join("; ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception.</summary>
    public RolloutValidationException()
        : this(new Dictionary<string, string[]>())
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RolloutValidationException(string message)
        : base(message)
    {
        Errors = new Dictionary<string, string[]>();
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RolloutValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]>();
    }

    /// <summary>Field name (camelCase JSON path) to messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
