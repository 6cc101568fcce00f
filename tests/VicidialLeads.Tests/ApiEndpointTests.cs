using System;
using VicidialLeads.Transport;
using Xunit;

namespace VicidialLeads.Tests
{
    public class ApiEndpointTests
    {
        [Theory]
        [InlineData("vicidial.example.com", "https://vicidial.example.com/vicidial/non_agent_api.php")]
        [InlineData("https://vicidial.example.com", "https://vicidial.example.com/vicidial/non_agent_api.php")]
        [InlineData("https://vicidial.example.com/", "https://vicidial.example.com/vicidial/non_agent_api.php")]
        [InlineData("https://vicidial.example.com/vicidial", "https://vicidial.example.com/vicidial/non_agent_api.php")]
        [InlineData("https://vicidial.example.com/vicidial/", "https://vicidial.example.com/vicidial/non_agent_api.php")]
        [InlineData("https://vicidial.example.com:8443/crm", "https://vicidial.example.com:8443/crm/vicidial/non_agent_api.php")]
        [InlineData("http://127.0.0.1:8089/vicidial/non_agent_api.php", "http://127.0.0.1:8089/vicidial/non_agent_api.php")]
        [InlineData("10.1.2.3:8080", "https://10.1.2.3:8080/vicidial/non_agent_api.php")]
        public void Completes_the_script_url(string server, string expected)
        {
            Assert.Equal(expected, ApiEndpoint.Parse(server).ToString());
        }

        [Theory]
        [InlineData("")]
        [InlineData("ftp://vicidial.example.com")]
        [InlineData("https://vicidial.example.com/vicidial/non_agent_api.php?user=6666&pass=1234")]
        [InlineData("https://6666:1234@vicidial.example.com")]
        [InlineData("https://")]
        public void Rejects_what_is_not_a_server(string server)
        {
            var error = Assert.Throws<ArgumentException>(() => ApiEndpoint.Parse(server));
            Assert.DoesNotContain("1234", error.Message);
        }

        [Fact]
        public void Knows_whether_it_is_encrypted()
        {
            Assert.True(ApiEndpoint.Parse("vicidial.example.com").IsEncrypted);
            Assert.False(ApiEndpoint.Parse("http://vicidial.example.com").IsEncrypted);
        }
    }
}
