using System.Collections;
using System.Collections.Generic;
using VicidialLeads.Input;
using Xunit;

namespace VicidialLeads.Tests
{
    public class LeadIdRulesTests
    {
        private static List<long> Read(object? value)
        {
            var ids = new List<long>();
            Assert.True(LeadIdRules.TryRead(value, ids, out string? problem), problem);
            return ids;
        }

        [Fact]
        public void Reads_numbers_text_dash_joined_ids_and_lists()
        {
            Assert.Equal(new long[] { 1011, 1007, 1004, 1001 }, Read("1011-1007-1004-1001"));
            Assert.Equal(new long[] { 1013 }, Read(" 1013 "));
            Assert.Equal(new long[] { 1013 }, Read(1013));
            Assert.Equal(new long[] { 1013 }, Read(1013L));
            Assert.Equal(new long[] { 1013 }, Read(1013.0));
            Assert.Equal(new long[] { 5002, 5001 }, Read(new ArrayList { 5002L, 5001L }));
            Assert.Empty(Read(""));
            Assert.Empty(Read(null));
        }

        [Theory]
        [InlineData("999-888-51x2", "is not a lead id")]
        [InlineData("abc", "-PhoneNumber")]
        [InlineData("1011--1007", "is not a lead id")]
        [InlineData("0", "from 1 up")]
        public void Anything_else_is_a_problem_that_says_why(string value, string reason)
        {
            Assert.False(LeadIdRules.TryRead(value, new List<long>(), out string? problem));
            Assert.Contains(reason, problem);
        }

        [Fact]
        public void Negative_and_fractional_numbers_are_problems()
        {
            Assert.False(LeadIdRules.TryRead(-5, new List<long>(), out string? problem));
            Assert.Contains("from 1 up", problem);
            Assert.False(LeadIdRules.TryRead(10.5, new List<long>(), out problem));
            Assert.Contains("not a lead id", problem);
        }
    }
}
