namespace GseFunctions.Rollouts.Storage;

/// <summary>A table write lost a race (HTTP 409 or 412 from Azure Tables): someone else changed the entity first.</summary>
public sealed class StorageConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was being written.</param>
    /// <param name="innerException">The storage error.</param>
    public StorageConcurrencyException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StorageConcurrencyException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was being written.</param>
    public StorageConcurrencyException(string message)
        : base(message)
    {
    }
}
