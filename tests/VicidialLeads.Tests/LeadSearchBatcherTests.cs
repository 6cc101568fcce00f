using System.Collections.Generic;
using System.Linq;
using VicidialLeads.Functions.LeadSearch;
using VicidialLeads.Input;
using Xunit;

namespace VicidialLeads.Tests
{
    public class LeadSearchBatcherTests
    {
        private static List<InputBatch> Batch(int size, params string?[] values)
        {
            var batcher = new InputBatcher(size);
            var batches = new List<InputBatch>();
            foreach (string? value in values)
            {
                var full = batcher.Add(InputValue.PhoneNumber(value, value, PhoneNumberRules.DefaultPhoneCode));
                if (full != null) batches.Add(full);
            }
            var last = batcher.Flush();
            if (last != null) batches.Add(last);
            return batches;
        }

        [Fact]
        public void Keeps_every_input_in_order_across_batches()
        {
            string[] values = Enumerable.Range(0, 25).Select(i => (5550000000L + i).ToString()).ToArray();
            var batches = Batch(10, values);
            Assert.Equal(new[] { 10, 10, 5 }, batches.Select(b => b.DistinctKeys.Count));
            Assert.Equal(values, batches.SelectMany(b => b.Inputs).Select(i => i.Text));
        }

        [Fact]
        public void Repeats_and_rejected_values_ride_along_in_place()
        {
            var batches = Batch(3, "999-888-5112", "bad", "9998885112", null, "9998886112", "4075551212", "4075551213");
            Assert.Equal(2, batches.Count);
            Assert.Equal(new[] { "9998885112", "9998886112", "4075551212" }, batches[0].DistinctKeys);
            Assert.Equal(new[] { "999-888-5112", "bad", "9998885112", "", "9998886112", "4075551212" }, batches[0].Inputs.Select(i => i.Text));
            Assert.NotNull(batches[0].Inputs[1].Problem);
            Assert.Null(batches[0].Inputs[1].Key);
            Assert.Equal(new[] { "4075551213" }, batches[1].DistinctKeys);
        }

        [Fact]
        public void A_batch_of_repeats_is_bounded()
        {
            var batches = Batch(5, Enumerable.Repeat("9998885112", 100).ToArray());
            Assert.All(batches, b => Assert.True(b.Inputs.Count <= 20));
            Assert.Equal(100, batches.Sum(b => b.Inputs.Count));
        }

        [Fact]
        public void Numeric_twins_never_share_a_request()
        {
            var groups = LeadSearchExecutor.SeparateNumericTwins(new[] { "9998885112", "09998885112", "9998886112", "009998885112", "4075551212" });
            Assert.Equal(3, groups.Count);
            Assert.Equal(new[] { "9998885112", "9998886112", "4075551212" }, groups[0]);
            Assert.Equal(new[] { "09998885112" }, groups[1]);
            Assert.Equal(new[] { "009998885112" }, groups[2]);
            foreach (var group in groups)
                Assert.Equal(group.Count, group.Select(PhoneNumberRules.NumericIdentity).Distinct().Count());
        }
    }
}
