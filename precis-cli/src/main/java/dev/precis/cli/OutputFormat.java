package dev.precis.cli;

/** How a command prints its results. */
enum OutputFormat { text, json }
