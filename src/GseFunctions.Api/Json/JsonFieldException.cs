using System.Text.Json;

namespace GseFunctions.Api.Json;

/// <summary>
/// A body value refused while reading, with a message written for the caller: fixed text that says what is accepted
/// and never echoes the input. The serializer adds the JSON path (<see cref="JsonException.Path"/>) on its way out.
/// </summary>
/// <param name="message">What the field accepts.</param>
internal sealed class JsonFieldException(string message) : JsonException(message);
