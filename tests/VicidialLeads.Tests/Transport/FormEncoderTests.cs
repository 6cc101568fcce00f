using System.Collections.Generic;
using System.Text;
using VicidialLeads.Transport;
using Xunit;

namespace VicidialLeads.Tests.Transport
{
    /// <summary>
    /// Form bodies as the server reads them: fields in their order, values percent-encoded as UTF-8 (spaces, + and &amp;
    /// included), commas literal, and the length measured without encoding agreeing with the bytes written.
    /// </summary>
    public class FormEncoderTests
    {
        private static readonly KeyValuePair<string, string>[] None = new KeyValuePair<string, string>[0];

        [Fact]
        public void Writes_the_fields_of_both_lists_in_order()
        {
            var login = new[] { FormEncoder.Field("user", "6666"), FormEncoder.Field("function", "update_lead") };
            var fields = new[] { FormEncoder.Field("status", "SALE"), FormEncoder.Field("lead_id", "1001") };
            Assert.Equal("user=6666&function=update_lead&status=SALE&lead_id=1001", Encoding.ASCII.GetString(FormEncoder.Encode(login, fields)));
        }

        [Theory]
        [InlineData("O'Brien", "O%27Brien")]
        [InlineData("a b+c&d=e", "a%20b%2Bc%26d%3De")]
        [InlineData("3125550000,3125550001", "3125550000,3125550001")]
        [InlineData("José", "Jos%C3%A9")]
        [InlineData("line\nnext", "line%0Anext")]
        [InlineData("\U0001F600", "%F0%9F%98%80")]
        [InlineData("-_.~", "-_.~")]
        [InlineData("", "")]
        public void Percent_encodes_a_value_as_UTF8(string value, string encoded)
        {
            Assert.Equal(encoded, FormEncoder.Encode(value));
            Assert.Equal(encoded.Length, FormEncoder.EncodedLength(value));
            Assert.Equal("first_name=" + encoded, Encoding.ASCII.GetString(FormEncoder.Encode(new[] { FormEncoder.Field("first_name", value) }, None)));
        }

        [Fact]
        public void Encodes_names_as_values_are_encoded()
        {
            Assert.Equal("a%26b=1", Encoding.ASCII.GetString(FormEncoder.Encode(new[] { FormEncoder.Field("a&b", "1") }, None)));
        }

        [Fact]
        public void An_empty_form_is_empty()
        {
            Assert.Empty(FormEncoder.Encode(None, None));
        }

        [Fact]
        public void A_post_body_says_it_is_a_form()
        {
            using var content = FormEncoder.Content(Encoding.ASCII.GetBytes("a=1"));
            Assert.Equal("application/x-www-form-urlencoded", content.Headers.ContentType!.MediaType);
        }
    }
}
