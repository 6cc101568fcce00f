namespace VicidialLeads.Input
{
    /// <summary>A mistake that, made once, is usually made for a whole file, and how to fix it.</summary>
    internal sealed class RepeatedMistake
    {
        public RepeatedMistake(string description, string fix)
        {
            Description = description;
            Fix = fix;
        }

        /// <summary>What the values are, as in "10 values in a row are {Description}".</summary>
        public string Description { get; }

        public string Fix { get; }
    }
}
