# cmake -DPROGRAM=<path> -P ship_libraries.cmake: copies beside the program every shared library it
# still needs apart from glibc and the C++ runtime (under PITH_STATIC: those Debian ships without a
# static archive), and names them in shipped-libraries.txt there, so the folder ships as it is.
get_filename_component(dir "${PROGRAM}" DIRECTORY)
file(GET_RUNTIME_DEPENDENCIES
  EXECUTABLES "${PROGRAM}"
  RESOLVED_DEPENDENCIES_VAR resolved
  UNRESOLVED_DEPENDENCIES_VAR unresolved
  PRE_EXCLUDE_REGEXES "^(ld-linux|linux-vdso|libc|libm|libdl|librt|libpthread|libstdc\\+\\+|libgcc_s)[.-]")
if(unresolved)
  message(FATAL_ERROR "pith needs libraries that cannot be found: ${unresolved}")
endif()
set(shipped "")
foreach(library IN LISTS resolved)
  get_filename_component(name "${library}" NAME)
  get_filename_component(real "${library}" REALPATH)
  if(NOT real STREQUAL "${dir}/${name}")
    configure_file("${real}" "${dir}/${name}" COPYONLY)
  endif()
  string(APPEND shipped "${name}\n")
endforeach()
file(WRITE "${dir}/shipped-libraries.txt" "${shipped}")
