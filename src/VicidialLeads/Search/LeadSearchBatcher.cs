using System;
using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Search
{
    /// <summary>One input value: the row it came from, the value as given, and the keys searched (or why it cannot be searched).</summary>
    internal sealed class LeadSearchInput
    {
        public LeadSearchInput(object? inputObject, string inputValue, string? key, string? problem, string? alternateKey = null, RepeatedMistake? mistake = null)
        {
            InputObject = inputObject;
            InputValue = inputValue;
            Key = key;
            Problem = problem;
            AlternateKey = alternateKey;
            Mistake = mistake;
        }

        /// <summary>What came down the pipeline (a row, a string, a number), handed back with its result or error.</summary>
        public object? InputObject { get; }

        public string InputValue { get; }

        /// <summary>The key searched (a phone number's digits, or a vendor lead code), or null when the value was rejected.</summary>
        public string? Key { get; }

        /// <summary>A second form of the same number also searched (with its country code), whose leads are merged in; or null.</summary>
        public string? AlternateKey { get; }

        /// <summary>Why the value cannot be searched, or null when it can.</summary>
        public string? Problem { get; }

        /// <summary>The whole-file mistake behind <see cref="Problem"/>, when it is one; or null.</summary>
        public RepeatedMistake? Mistake { get; }

        public static LeadSearchInput From(string? value, string phoneCode = PhoneNumberRules.DefaultPhoneCode) => From(value, value, phoneCode);

        public static LeadSearchInput From(object? inputObject, object? value, string phoneCode)
        {
            string text = InputText.Of(value) ?? string.Empty;
            return PhoneNumberRules.TryRead(value, phoneCode, out PhoneNumberForms forms, out string? problem, out RepeatedMistake? mistake)
                ? new LeadSearchInput(inputObject, text, forms.Digits, null, forms.WithPhoneCode)
                : new LeadSearchInput(inputObject, text, null, problem, mistake: mistake);
        }

        public static LeadSearchInput FromVendorLeadCode(string? value) => FromVendorLeadCode(value, value);

        public static LeadSearchInput FromVendorLeadCode(object? inputObject, string? value) =>
            VendorLeadCodeRules.TryNormalize(value, out string code, out string? problem)
                ? new LeadSearchInput(inputObject, value!, code, null)
                : new LeadSearchInput(inputObject, value ?? string.Empty, null, problem);
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
            if (input.AlternateKey != null && _seen.Add(input.AlternateKey))
                _keys.Add(input.AlternateKey);
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
