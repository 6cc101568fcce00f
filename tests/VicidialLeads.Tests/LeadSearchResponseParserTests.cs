using System;
using System.Collections.Generic;
using System.Linq;
using VicidialLeads.Functions.LeadSearch;
using VicidialLeads.Input;
using VicidialLeads.Tests.Support;
using Xunit;

namespace VicidialLeads.Tests
{
    public class LeadSearchResponseParserTests
    {
        /// <summary>Every phone-number lead_search capture whose answer is lines or the all-miss error.</summary>
        public static IEnumerable<object[]> PhoneSearchCaptures() =>
            Fixtures.Names()
                .Select(Fixtures.Load)
                .Where(c => c.Status == 200 && c.Fields.GetValueOrDefault("function") == "lead_search" &&
                            !c.Fields.ContainsKey("search_method") && !c.Name.StartsWith("9", StringComparison.Ordinal))
                .Where(c => Fixtures.Body(c.Name) is var body && (!body.StartsWith("ERROR:") || body.Contains("NO MATCHES FOUND")))
                .Select(c => new object[] { c.Name });

        [Fact]
        public void The_captures_cover_the_cases_that_matter()
        {
            var names = PhoneSearchCaptures().Select(row => (string)row[0]).ToList();
            Assert.Contains("04-lead_search-header-get", names);
            Assert.Contains("06-lead_search-only-misses", names);
            Assert.Contains("10-lead_search-busy-plus-other", names);
            Assert.Contains("31-5000-post", names);
            Assert.True(names.Count >= 35, $"only {names.Count} captures");
        }

        [Theory]
        [MemberData(nameof(PhoneSearchCaptures))]
        public void Every_capture_parses_to_the_leads_the_server_held(string name)
        {
            Capture capture = Fixtures.Load(name);
            string body = Fixtures.Body(name);
            List<string> keys = SanitizedKeys(capture.Fields.GetValueOrDefault("phone_number", ""));

            if (keys.Distinct().Count() != keys.Count)
            {
                // The module never sends a number twice in one request, so a repeated key is refused.
                Assert.Throws<VicidialProtocolException>(() => LeadSearchResponseParser.Parse(body, keys, Secrets.Redactor));
                return;
            }

            LeadSearchResponse response = LeadSearchResponseParser.Parse(body, keys, Secrets.Redactor);
            Assert.Equal(keys.OrderBy(k => k), response.LeadIdsByKey.Keys.OrderBy(k => k));
            Assert.Equal(response.LeadIdsByKey.Values.Sum(ids => ids.Length), response.TotalLeadIds);

            bool archived = capture.Fields.GetValueOrDefault("archived_lead") == "Y";
            var seeded = Fixtures.SeededLeads(archived ? "vicidial_list_archive" : "vicidial_list");
            int limit = int.TryParse(capture.Fields.GetValueOrDefault("records"), out int r) ? r : 1000;
            bool scoped = capture.Fields.GetValueOrDefault("search_location") is "LIST" or "CAMPAIGN";
            bool complete = response.TotalLeadIds < limit && !scoped;
            bool numericTwins = keys.Select(PhoneNumberRules.NumericIdentity).Distinct().Count() != keys.Count;

            foreach (var (key, ids) in response.LeadIdsByKey)
            {
                Assert.Equal(ids.OrderByDescending(id => id), ids);
                string lookup = numericTwins ? PhoneNumberRules.NumericIdentity(key) : key;
                if (seeded.TryGetValue(lookup, out long[]? expected))
                {
                    if (complete) Assert.Equal(expected, ids);
                    else Assert.Empty(ids.Except(expected));
                }
                else if (!name.StartsWith("31", StringComparison.Ordinal))
                {
                    // Only capture 31 asks about the server's random leads; every other unknown number has none.
                    Assert.Empty(ids);
                }
            }
        }

        [Fact]
        public void A_busy_number_starves_the_others_when_the_limit_is_reached()
        {
            var keys = new[] { "3125550000", "9998886112" };
            LeadSearchResponse response = LeadSearchResponseParser.Parse(Fixtures.Body("10-lead_search-busy-plus-other"), keys, Secrets.Redactor);
            Assert.Equal(1000, response.TotalLeadIds);
            Assert.Empty(response.LeadIdsByKey["9998886112"]);
            Assert.Equal(3500, response.LeadIdsByKey["3125550000"][0]);
            Assert.Equal(2501, response.LeadIdsByKey["3125550000"][999]);
        }

        [Fact]
        public void Numeric_twins_in_one_request_get_a_false_hit()
        {
            var keys = new[] { "9998885112", "09998885112" };
            LeadSearchResponse response = LeadSearchResponseParser.Parse(Fixtures.Body("28b-phone-leading-zero"), keys, Secrets.Redactor);
            // 09998885112 has no lead (capture 28c), yet the server reports 9998885112's four for it.
            Assert.Equal(new long[] { 1011, 1007, 1004, 1001 }, response.LeadIdsByKey["09998885112"]);
            Assert.Contains("NO MATCHES", Fixtures.Body("28c-phone-leading-zero-alone"));
        }

        [Fact]
        public void The_header_line_is_skipped()
        {
            var keys = new[] { "9998885112", "9998887112", "9998886112", "4075551212" };
            var withHeader = LeadSearchResponseParser.Parse(Fixtures.Body("04-lead_search-header-get"), keys, Secrets.Redactor);
            var without = LeadSearchResponseParser.Parse(Fixtures.Body("02-lead_search-get"), keys, Secrets.Redactor);
            foreach (string key in keys) Assert.Equal(without.LeadIdsByKey[key], withHeader.LeadIdsByKey[key]);
            Assert.Equal(13, withHeader.TotalLeadIds);
        }

        [Fact]
        public void Lines_are_matched_by_key_not_position()
        {
            var keys = new[] { "4075551212", "9998886112", "9998885112" };
            var response = LeadSearchResponseParser.Parse("9998885112|1|1011\n4075551212|0|\n9998886112|1|1013\n", keys, Secrets.Redactor);
            Assert.Equal(new long[] { 1011 }, response.LeadIdsByKey["9998885112"]);
            Assert.Equal(new long[] { 1013 }, response.LeadIdsByKey["9998886112"]);
            Assert.Empty(response.LeadIdsByKey["4075551212"]);
        }

        [Fact]
        public void The_all_miss_error_means_no_leads_for_every_number()
        {
            var keys = new[] { "4075551212", "4075551213" };
            var response = LeadSearchResponseParser.Parse(Fixtures.Body("06-lead_search-only-misses"), keys, Secrets.Redactor);
            Assert.All(keys, key => Assert.Empty(response.LeadIdsByKey[key]));
            Assert.Equal(0, response.TotalLeadIds);
        }

        [Theory]
        [InlineData("", "empty")]
        [InlineData("9998885112|4|1011-1007-1004-1001", "cut off")]
        [InlineData("9998885112|4|1011-1007-1004-1001\n9998886112|1|10", "cut off")]
        [InlineData("9998885112|4|1011-1007-1004-1001\n", "no line for 9998886112")]
        [InlineData("9998885112|4|1011-1007-1004-1001\n9998886112|1|1013\n4075551212|0|\n", "not asked about")]
        [InlineData("9998885112|4|1011-1007-1004-1001\n9998886112|1|1013\n9998886112|1|1013\n", "second time")]
        [InlineData("9998885112|4|1011-1007-1004\n9998886112|1|1013\n", "disagrees")]
        [InlineData("9998885112|0|1011\n9998886112|1|1013\n", "disagrees")]
        [InlineData("9998885112|4|1011-1007-x-1001\n9998886112|1|1013\n", "'x' is not a lead id")]
        [InlineData("9998885112|4|1011-1007--1001\n9998886112|1|1013\n", "is not a lead id")]
        [InlineData("9998885112|-1|\n9998886112|1|1013\n", "not a number")]
        [InlineData("9998885112|4\n9998886112|1|1013\n", "three fields")]
        [InlineData("9998885112|4|1011-1007-1004-1001|x\n9998886112|1|1013\n", "three fields")]
        [InlineData("<!DOCTYPE html>\n<html><body>Service Unavailable</body></html>\n", "three fields")]
        public void Malformed_answers_are_protocol_errors(string body, string reason)
        {
            var keys = new[] { "9998885112", "9998886112" };
            var error = Assert.Throws<VicidialProtocolException>(() => LeadSearchResponseParser.Parse(body, keys, Secrets.Redactor));
            Assert.Contains(reason, error.Message);
            Assert.True(error.IsTransient);
        }

        [Fact]
        public void An_unexpected_error_line_is_not_retried_and_holds_no_password()
        {
            var error = Assert.Throws<VicidialProtocolException>(() =>
                LeadSearchResponseParser.Parse("ERROR: lead_search SOMETHING ODD: |6666|1234|\n", new[] { "9998885112" }, Secrets.Redactor));
            Assert.False(error.IsTransient);
            Assert.DoesNotContain("1234", error.Message);
            Assert.Contains("SOMETHING ODD", error.Message);
        }

        /// <summary>What the server keeps of a phone_number value: digits, 6 to 18 per entry.</summary>
        private static List<string> SanitizedKeys(string value)
        {
            string digitsAndCommas = new string(value.Where(c => char.IsAsciiDigit(c) || c == ',').ToArray());
            return digitsAndCommas.Split(',').Where(k => k.Length is >= 6 and <= 18).ToList();
        }
    }
}
