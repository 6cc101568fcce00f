using System;
using System.Collections.Generic;

namespace VicidialLeads.Core
{
    /// <summary>One input value, as given and as normalized (or why it is not a phone number).</summary>
    internal sealed class LeadSearchInput
    {
        public LeadSearchInput(string inputValue, string? number, string? problem)
        {
            InputValue = inputValue;
            Number = number;
            Problem = problem;
        }

        public string InputValue { get; }

        /// <summary>The digits searched, or null when the value was rejected.</summary>
        public string? Number { get; }

        /// <summary>Why the value is not a phone number, or null when it is one.</summary>
        public string? Problem { get; }

        public static LeadSearchInput From(string? value) =>
            PhoneNumberRules.TryNormalize(value, out string digits, out string? problem)
                ? new LeadSearchInput(value!, digits, null)
                : new LeadSearchInput(value ?? string.Empty, null, problem);
    }

    /// <summary>Input values in input order, and the distinct numbers among them to ask the server about.</summary>
    internal sealed class LeadSearchBatch
    {
        public LeadSearchBatch(IReadOnlyList<LeadSearchInput> inputs, IReadOnlyList<string> distinctNumbers)
        {
            Inputs = inputs;
            DistinctNumbers = distinctNumbers;
        }

        public IReadOnlyList<LeadSearchInput> Inputs { get; }
        public IReadOnlyList<string> DistinctNumbers { get; }
    }

    /// <summary>
    /// Groups pipeline input into batches of at most <c>batchSize</c> distinct numbers, keeping input order.
    /// Rejected values and repeats ride along in order so every input gets its answer in place.
    /// </summary>
    internal sealed class LeadSearchBatcher
    {
        private readonly int _batchSize;
        private readonly int _maximumInputs;
        private List<LeadSearchInput> _inputs = new List<LeadSearchInput>();
        private List<string> _numbers = new List<string>();
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
            if (input.Number != null && _seen.Add(input.Number))
                _numbers.Add(input.Number);
            return _numbers.Count >= _batchSize || _inputs.Count >= _maximumInputs ? Seal() : null;
        }

        /// <summary>The last, partly filled batch, or null when nothing is waiting.</summary>
        public LeadSearchBatch? Flush() => _inputs.Count > 0 ? Seal() : null;

        private LeadSearchBatch Seal()
        {
            var batch = new LeadSearchBatch(_inputs, _numbers);
            _inputs = new List<LeadSearchInput>();
            _numbers = new List<string>();
            _seen = new HashSet<string>(StringComparer.Ordinal);
            return batch;
        }
    }
}
