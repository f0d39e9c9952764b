using System.Text.Json.Nodes;

namespace GseFunctions.Gse.Tests.Models;

/// <summary>The helpers the example tests rely on must themselves catch what they are meant to catch.</summary>
public sealed class ExampleToolsTests
{
    [Fact]
    public void Unflatten_BuildsNestedObjectsAndArrays()
    {
        var (action, parameters) = FlattenedInput.Parse(
            "https://gse.tencentcloudapi.com/?Action=X\n&A=1\n&B.C=two\n&D.0.E=e0\n&D.0.F=f0\n&D.1.E=e1\n&G.0=g%3d0\n&H=null\n&<公共请求参数>");

        var tree = FlattenedInput.Unflatten(parameters);

        Assert.Equal("X", action);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"A":"1","B":{"C":"two"},"D":[{"E":"e0","F":"f0"},{"E":"e1"}],"G":["g=0"],"H":null}"""),
            tree));
    }

    [Theory]
    [InlineData("""{"A":1}""", """{"A":1}""", true)]
    [InlineData("""{"Port":"8000"}""", """{"Port":8000}""", true)] // integer rendered as a string
    [InlineData("""{"Port":8000}""", """{"Port":"8000"}""", true)]
    [InlineData("""{"On":"true"}""", """{"On":true}""", true)]
    [InlineData("""{"A":"1.5"}""", """{"A":1.5}""", false)] // only integers may change form
    [InlineData("""{"A":"x"}""", """{"A":"y"}""", false)]
    [InlineData("""{"A":1}""", """{}""", false)] // dropped field
    [InlineData("""{"A":null}""", """{}""", false)]
    [InlineData("""{"A":null}""", """{"A":null}""", true)]
    [InlineData("""{"A":""}""", """{"A":null}""", false)] // "" is not null
    [InlineData("""{"A":[]}""", """{"A":null}""", false)]
    [InlineData("""{"A":[1,2]}""", """{"A":[1]}""", false)]
    [InlineData("""{"A":{"B":{"C":"c"}}}""", """{"A":{"B":{}}}""", false)]
    [InlineData("""{"A":{"B":"b"}}""", """{"A":{"B":"b","Z":"extra"}}""", true)] // additions are a separate check
    public void FindLosses_SeesDroppedAndChangedFields(string expected, string actual, bool keepsEverything)
    {
        var losses = JsonTree.FindLosses(JsonNode.Parse(expected), JsonNode.Parse(actual), nullMatchesMissing: false);

        Assert.Equal(keepsEverything, losses.Count == 0);
    }

    [Fact]
    public void FindLosses_NullMayBeMissing_ForRequests()
    {
        Assert.Empty(JsonTree.FindLosses(JsonNode.Parse("""{"A":null,"B":"b"}"""), JsonNode.Parse("""{"B":"b"}"""), nullMatchesMissing: true));
    }

    [Fact]
    public void FindAdditions_ReportsInventedValues()
    {
        var expected = JsonNode.Parse("""{"A":{"B":"b"},"L":[{"X":1}]}""");

        Assert.Empty(JsonTree.FindAdditions(expected, JsonNode.Parse("""{"A":{"B":"b","C":null},"D":null,"L":[{"X":1}]}"""), allowNull: true));
        Assert.Equal(["$.A.C: not in the example (we write Number 0)"], JsonTree.FindAdditions(expected, JsonNode.Parse("""{"A":{"B":"b","C":0}}"""), allowNull: true));
        Assert.Single(JsonTree.FindAdditions(expected, JsonNode.Parse("""{"L":[{"X":1,"Y":null}]}"""), allowNull: false));
    }
}
