using VicidialLeads.Functions.Version;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    public class VersionResponseParserTests
    {
        [Theory]
        [InlineData("01-version")]
        [InlineData("01c-version-post")]
        [InlineData("15b-version-while-locked")]
        public void Reads_version_and_build(string capture)
        {
            Assert.True(VersionResponseParser.TryParse(Fixtures.Body(capture), out ServerVersion? version));
            Assert.Equal("2.14-202", version!.Version);
            Assert.Equal("250720-1841", version.Build);
        }

        [Theory]
        [InlineData("")]
        [InlineData("<html><body>It works!</body></html>")]
        [InlineData("ERROR: NO FUNCTION SPECIFIED\n")]
        [InlineData("VERSION: |BUILD: 1|")]
        public void Anything_else_is_not_vicidial(string body)
        {
            Assert.False(VersionResponseParser.TryParse(body, out _));
        }
    }
}
