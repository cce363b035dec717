package io.terawatt.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line span of every method and constructor declared in a Java source file, from the line of
 * its name to the line of its closing brace, found with a brace matcher (comments, strings, text
 * blocks and character literals are blanked first, so braces inside them do not count).
 *
 * <p>ArchUnit cannot count lines, so the front-end rule "no command or route method over 40 lines"
 * reads the sources. Methods of local and anonymous classes, and lambdas, count as part of the
 * method that holds them: a route registered as a 60-line lambda makes its registering method long.
 */
public final class MethodSpans {
  private MethodSpans() {}

  /**
   * One method or constructor of a source file.
   *
   * @param file the source file
   * @param method the method's name (a constructor's is its class name)
   * @param firstLine the line of the method's name, 1-based
   * @param lastLine the line of its closing brace, 1-based
   */
  public record MethodSpan(Path file, String method, int firstLine, int lastLine) {
    /** Lines from the name to the closing brace, both included. */
    public int lines() {
      return lastLine - firstLine + 1;
    }

    @Override
    public String toString() {
      return file.getFileName() + ":" + firstLine + " " + method + "() is " + lines() + " lines";
    }
  }

  private enum Block {
    TYPE,
    METHOD,
    OTHER
  }

  private static final Pattern TYPE_HEADER =
      Pattern.compile("(^|[^\\w$.])(class|interface|enum|record)\\s+[\\w$]+");
  private static final Pattern ANNOTATION =
      Pattern.compile("@\\s*(?!interface\\b)[\\w$]+(\\s*\\.\\s*[\\w$]+)*");
  private static final Pattern NAME_BEFORE_PAREN = Pattern.compile("([\\w$]+)\\s*$");

  /** Every method of {@code files} longer than {@code maxLines}, in file and line order. */
  public static List<MethodSpan> longerThan(int maxLines, Collection<Path> files) {
    List<MethodSpan> longOnes = new ArrayList<>();
    for (Path file : files.stream().sorted().toList()) {
      for (MethodSpan span : of(file)) {
        if (span.lines() > maxLines) {
          longOnes.add(span);
        }
      }
    }
    return longOnes;
  }

  /** The methods and constructors declared in a source file. */
  public static List<MethodSpan> of(Path file) {
    try {
      return of(file, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The methods and constructors declared in {@code source}, reported against {@code file}. */
  public static List<MethodSpan> of(Path file, String source) {
    String code = blankCommentsAndLiterals(source);
    List<MethodSpan> spans = new ArrayList<>();
    Deque<Block> blocks = new ArrayDeque<>();
    Deque<Integer> methodStarts = new ArrayDeque<>();
    Deque<String> methodNames = new ArrayDeque<>();
    int headerStart = 0;
    int parens = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      boolean memberLevel = blocks.isEmpty() || blocks.peek() == Block.TYPE;
      if (c == '(') {
        parens++;
      } else if (c == ')') {
        parens--;
      } else if (c == ';' && memberLevel && parens == 0) {
        headerStart = i + 1;
      } else if (c == '{') {
        if (!memberLevel || parens > 0) {
          blocks.push(Block.OTHER);
          continue;
        }
        String header = code.substring(headerStart, i);
        Block kind = classify(header);
        blocks.push(kind);
        if (kind == Block.METHOD) {
          Member member = methodName(header);
          methodNames.push(member.name);
          methodStarts.push(lineOf(code, headerStart + member.offset));
        }
        headerStart = i + 1;
      } else if (c == '}' && !blocks.isEmpty()) {
        Block closed = blocks.pop();
        if (closed == Block.METHOD) {
          spans.add(new MethodSpan(file, methodNames.pop(), methodStarts.pop(), lineOf(code, i)));
        }
        if (parens == 0 && (blocks.isEmpty() || blocks.peek() == Block.TYPE)) {
          headerStart = i + 1;
        }
      }
    }
    return spans;
  }

  private record Member(String name, int offset) {}

  /** A type body, a method body, or something else (initializer, field with a lambda). */
  private static Block classify(String header) {
    String bare = stripAnnotations(header);
    if (TYPE_HEADER.matcher(depthZero(bare)).find()) {
      return Block.TYPE;
    }
    String flat = depthZero(bare).trim();
    if (flat.contains("=") || flat.contains("->")) {
      return Block.OTHER; // a field initialised with a lambda, an array or an anonymous class
    }
    if (bare.contains("(")) {
      return Block.METHOD;
    }
    // A record's compact constructor is a bare name; "static" or nothing is an initializer.
    return flat.matches("(public\\s+|protected\\s+|private\\s+)?[\\w$]+") && !flat.equals("static")
        ? Block.METHOD
        : Block.OTHER;
  }

  private static Member methodName(String header) {
    String bare = stripAnnotations(header);
    int paren = bare.indexOf('(');
    String beforeParen = paren < 0 ? bare : bare.substring(0, paren);
    Matcher m = NAME_BEFORE_PAREN.matcher(beforeParen);
    if (!m.find()) {
      return new Member("?", 0);
    }
    // The bare header keeps every character's offset (annotations are blanked, not removed).
    return new Member(m.group(1), m.start(1));
  }

  /** Blanks annotations (with their arguments) but keeps every offset and newline. */
  private static String stripAnnotations(String header) {
    StringBuilder out = new StringBuilder(header);
    Matcher m = ANNOTATION.matcher(header);
    int from = 0;
    while (m.find(from)) {
      int end = m.end();
      int j = end;
      while (j < header.length() && Character.isWhitespace(header.charAt(j))) {
        j++;
      }
      if (j < header.length() && header.charAt(j) == '(') {
        int depth = 0;
        for (; j < header.length(); j++) {
          if (header.charAt(j) == '(') {
            depth++;
          } else if (header.charAt(j) == ')' && --depth == 0) {
            break;
          }
        }
        end = Math.min(j + 1, header.length());
      }
      for (int k = m.start(); k < end; k++) {
        if (out.charAt(k) != '\n') {
          out.setCharAt(k, ' ');
        }
      }
      from = end;
    }
    return out.toString();
  }

  /** The text outside any parentheses. */
  private static String depthZero(String text) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (char c : text.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int lineOf(String code, int index) {
    int line = 1;
    for (int i = 0; i < index && i < code.length(); i++) {
      if (code.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Comments, string and character literals and text blocks become spaces; newlines stay. */
  static String blankCommentsAndLiterals(String source) {
    StringBuilder out = new StringBuilder(source);
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      int end;
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        end = source.indexOf('\n', i);
        end = end < 0 ? n : end;
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        end = source.indexOf("\"\"\"", i + 3);
        while (end > 0 && source.charAt(end - 1) == '\\') {
          end = source.indexOf("\"\"\"", end + 1);
        }
        end = end < 0 ? n : end + 3;
      } else if (c == '"' || c == '\'') {
        end = i + 1;
        while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, n);
      } else {
        i++;
        continue;
      }
      for (int k = i; k < end; k++) {
        if (out.charAt(k) != '\n') {
          out.setCharAt(k, ' ');
        }
      }
      i = end;
    }
    return out.toString();
  }
}
