namespace GseFunctions.Api.Tests.Auth;

/// <summary>Which key a request presents, and where.</summary>
public enum KeyCase
{
    None,
    WrongKeyInHeader,
    WrongKeyInQuery,
    FunctionKeyInHeader,
    FunctionKeyInQuery,
    MasterKeyInHeader,
    MasterKeyInQuery,
}
