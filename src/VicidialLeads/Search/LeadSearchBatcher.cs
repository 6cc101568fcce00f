using System;
using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Search
{
    /// <summary>One input value, as given and as the key searched (or why it cannot be searched).</summary>
    internal sealed class LeadSearchInput
    {
        public LeadSearchInput(string inputValue, string? key, string? problem)
        {
            InputValue = inputValue;
            Key = key;
            Problem = problem;
        }

        public string InputValue { get; }

        /// <summary>The key searched (a phone number's digits, or a vendor lead code), or null when the value was rejected.</summary>
        public string? Key { get; }

        /// <summary>Why the value cannot be searched, or null when it can.</summary>
        public string? Problem { get; }

        public static LeadSearchInput From(string? value) =>
            PhoneNumberRules.TryNormalize(value, out string digits, out string? problem)
                ? new LeadSearchInput(value!, digits, null)
                : new LeadSearchInput(value ?? string.Empty, null, problem);

        public static LeadSearchInput FromVendorLeadCode(string? value) =>
            VendorLeadCodeRules.TryNormalize(value, out string code, out string? problem)
                ? new LeadSearchInput(value!, code, null)
                : new LeadSearchInput(value ?? string.Empty, null, problem);
    }

    /// <summary>Input values in input order, and the distinct keys among them to ask the server about.</summary>
    internal sealed class LeadSearchBatch
    {
        public LeadSearchBatch(IReadOnlyList<LeadSearchInput> inputs, IReadOnlyList<string> distinctKeys)
        {
            Inputs = inputs;
            DistinctKeys = distinctKeys;
        }

        public IReadOnlyList<LeadSearchInput> Inputs { get; }
        public IReadOnlyList<string> DistinctKeys { get; }
    }

    /// <summary>
    /// Groups pipeline input into batches of at most <c>batchSize</c> distinct keys, keeping input order.
    /// Rejected values and repeats ride along in order so every input gets its answer in place.
    /// </summary>
    internal sealed class LeadSearchBatcher
    {
        private readonly int _batchSize;
        private readonly int _maximumInputs;
        private List<LeadSearchInput> _inputs = new List<LeadSearchInput>();
        private List<string> _keys = new List<string>();
        private HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);

        public LeadSearchBatcher(int batchSize)
        {
            if (batchSize < 1) throw new ArgumentOutOfRangeException(nameof(batchSize));
            _batchSize = batchSize;
            // Bounds a batch of repeats and rejected values, so memory stays flat on any input.
            _maximumInputs = batchSize * 4;
        }

        /// <summary>Adds one input; returns a full batch when this input completes one.</summary>
        public LeadSearchBatch? Add(LeadSearchInput input)
        {
            _inputs.Add(input);
            if (input.Key != null && _seen.Add(input.Key))
                _keys.Add(input.Key);
            return _keys.Count >= _batchSize || _inputs.Count >= _maximumInputs ? Seal() : null;
        }

        /// <summary>The last, partly filled batch, or null when nothing is waiting.</summary>
        public LeadSearchBatch? Flush() => _inputs.Count > 0 ? Seal() : null;

        private LeadSearchBatch Seal()
        {
            var batch = new LeadSearchBatch(_inputs, _keys);
            _inputs = new List<LeadSearchInput>();
            _keys = new List<string>();
            _seen = new HashSet<string>(StringComparer.Ordinal);
            return batch;
        }
    }
}
