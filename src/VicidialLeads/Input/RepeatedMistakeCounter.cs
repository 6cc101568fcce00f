namespace VicidialLeads.Input
{
    /// <summary>
    /// Counts rejected inputs in a row that share one whole-file mistake (another country code, digits a spreadsheet
    /// lost), so that a file that is wrong throughout stops with one error instead of one error per row.
    /// </summary>
    internal sealed class RepeatedMistakeCounter
    {
        /// <summary>Inputs in a row with the same mistake that stop a run.</summary>
        public const int Limit = 10;

        private RepeatedMistake? _last;

        /// <summary>Inputs in a row with the last mistake.</summary>
        public int InRow { get; private set; }

        /// <summary>Counts a rejected input; true when it makes <see cref="Limit"/> in a row with the same mistake.</summary>
        public bool Rejected(RepeatedMistake? mistake)
        {
            if (mistake is null || _last is null || mistake.Description != _last.Description)
                InRow = 0;
            _last = mistake;
            return mistake != null && ++InRow >= Limit;
        }

        /// <summary>An input was accepted: a run of mistakes, if any, has ended.</summary>
        public void Accepted()
        {
            _last = null;
            InRow = 0;
        }
    }
}
